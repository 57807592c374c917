package org.passerelle.reporting.ui;

import com.vaadin.flow.dom.Element;

/**
 * Cells of the dashboard's small tables. Each carries its column's name, which a phone shows before the value
 * when the rows become cards (CSS {@code attr(data-label)}), so no cell is ever cut.
 */
final class DashboardTables {

    private DashboardTables() {}

    static Element cell(String column, String value) {
        Element cell = new Element("td");
        cell.setAttribute("data-label", column);
        cell.setText(value);
        return cell;
    }
}
