// Small progressive enhancements; every page works without them.
(function () {
  "use strict";

  // Imports take seconds (documents are read and split into claims): say so, and prevent a double submit.
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var text = form.getAttribute("data-progress");
    if (!text) {
      return;
    }
    var progress = document.querySelector(".progress");
    if (progress) {
      progress.querySelector("[data-progress-text]").textContent = text;
      progress.hidden = false;
    }
    form.querySelectorAll("button[type=submit]").forEach(function (b) { b.disabled = true; });
  });

  // Dropping files on the drop zone fills its file input.
  document.querySelectorAll("[data-drop]").forEach(function (zone) {
    var input = zone.querySelector("input[type=file]");
    ["dragenter", "dragover"].forEach(function (name) {
      zone.addEventListener(name, function (e) { e.preventDefault(); zone.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (name) {
      zone.addEventListener(name, function () { zone.classList.remove("over"); });
    });
    zone.addEventListener("drop", function (e) {
      e.preventDefault();
      if (input && e.dataTransfer && e.dataTransfer.files.length) {
        input.files = e.dataTransfer.files;
        if (zone.hasAttribute("data-autosubmit")) {
          zone.closest("form").requestSubmit();
        }
      }
    });
  });

  // The comparison page: j/k move between facts, Enter opens the current fact's details, / searches.
  function rows() {
    return Array.prototype.slice.call(document.querySelectorAll("#comparison tr.fact"));
  }

  function current() {
    return document.querySelector("#comparison tr.fact.current");
  }

  function select(row) {
    var old = current();
    if (old) {
      old.classList.remove("current");
      old.removeAttribute("aria-current");
    }
    if (row) {
      row.classList.add("current");
      row.setAttribute("aria-current", "true");
      row.focus({ preventScroll: true });
      row.scrollIntoView({ block: "nearest" });
    }
  }

  function openDetails(row) {
    var link = row && row.querySelector(".details-link");
    if (link) {
      link.click();
    }
  }

  function typing(target) {
    return target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
  }

  document.addEventListener("keydown", function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || typing(e.target) || !document.getElementById("comparison")) {
      return;
    }
    var all = rows();
    var at = all.indexOf(current());
    if (e.key === "j" || e.key === "k") {
      e.preventDefault();
      var next = e.key === "j" ? Math.min(all.length - 1, at + 1) : Math.max(0, at - 1);
      select(all[next]);
    } else if (e.key === "Enter" && e.target.closest && e.target.closest("tr.fact")) {
      e.preventDefault();
      openDetails(e.target.closest("tr.fact"));
    } else if (e.key === "/") {
      var search = document.getElementById("q");
      if (search) {
        e.preventDefault();
        search.focus();
        search.select();
      }
    } else if (e.key === "Escape" && current()) {
      current().focus();
    }
  });

  // Clicking a row makes it the current one; a link into the page (#fact-12) opens that fact.
  document.addEventListener("click", function (e) {
    var row = e.target.closest && e.target.closest("#comparison tr.fact");
    if (row && row !== current()) {
      select(row);
    }
  });

  document.addEventListener("DOMContentLoaded", function () {
    var match = /^#fact-(\d+)$/.exec(window.location.hash);
    var row = match && document.getElementById("fact-" + match[1]);
    if (row) {
      select(row);
      openDetails(row);
    }
  });

  // When details arrive on a narrow screen, the panel sits below the table: bring it into view.
  document.addEventListener("htmx:afterSwap", function (e) {
    if (e.detail && e.detail.target && e.detail.target.id === "detail" && window.innerWidth < 1440) {
      e.detail.target.scrollIntoView({ block: "start", behavior: "smooth" });
    }
  });

  // The review page: c confirms, d disputes, x picks the corrected verdict, / writes the note, n goes to the next fact.
  document.addEventListener("keydown", function (e) {
    var scope = document.querySelector("[data-review-shortcuts]");
    if (!scope || e.ctrlKey || e.metaKey || e.altKey || typing(e.target)) {
      return;
    }
    var target = scope.querySelector("[data-key='" + e.key + "']");
    if (e.key === "/") {
      target = scope.querySelector(".decision textarea");
    }
    if (!target) {
      return;
    }
    e.preventDefault();
    if (target.tagName === "SELECT" || target.tagName === "TEXTAREA") {
      target.focus();
    } else {
      target.click();
    }
  });
})();
