package org.passerelle.catalog.ui.edit;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import org.passerelle.catalog.ContentLimits;

/** Whole-number fields of the editor's forms, limited to a range of the course format. */
final class NumberFields {

    private NumberFields() {}

    /**
     * Binds a field that must hold a whole number within the range; anything else (empty, not a number, out of the
     * range) is marked on the field with the message, and the form is not saved.
     */
    static <B> Binder.BindingBuilder<B, Integer> within(
            Binder<B> binder, IntegerField field, ContentLimits.Range range, String message) {
        field.setMin(range.min());
        field.setMax(range.max());
        field.setStepButtonsVisible(true);
        field.setManualValidation(true);
        // The field's own check would mark it without a message; the binder's names the range.
        return binder.forField(field)
                .withDefaultValidator(false)
                .asRequired(message)
                .withValidator(range::allows, message);
    }
}
