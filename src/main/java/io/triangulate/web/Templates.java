package io.triangulate.web;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Templates shared by every resource. */
@CheckedTemplate
public class Templates {

    public static native TemplateInstance error(int status, String message);
}
