package org.passerelle.catalog.ui;

/** Ids of the catalog and of the course import page, shared by the views and the browser journeys that drive them. */
public final class CatalogIds {

    public static final String CATALOG = "catalog";
    public static final String CATALOG_SEARCH = "catalog-search";
    public static final String RELOAD_COURSES = "reload-courses";
    public static final String EXPORT_COURSE = "export-course";
    public static final String EXPORT_ZIP = "export-zip";
    public static final String IMPORT_ZIP = "import-zip";

    private CatalogIds() {}
}
