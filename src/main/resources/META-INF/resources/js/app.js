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
      }
    });
  });
})();
