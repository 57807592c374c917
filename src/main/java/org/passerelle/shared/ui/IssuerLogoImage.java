package org.passerelle.shared.ui;

import com.vaadin.flow.component.html.Image;
import java.util.Optional;
import org.passerelle.shared.IssuerLogo;

/**
 * The institution's logo as an image of the page: a plain {@code <img>} with its size, so nothing moves on load. Its
 * few styles are written on it and on its containers, not in passerelle.css: the sign-in page carries that whole
 * stylesheet, and a platform without a logo should not pay for one.
 */
public final class IssuerLogoImage {

    private IssuerLogoImage() {}

    /**
     * The logo, when one is configured.
     *
     * @param alt what a screen reader says for it: the institution's name, or "" where the name is written beside it
     */
    public static Optional<Image> of(IssuerLogo logo, String alt) {
        return logo.image().map(image -> {
            Image img = new Image();
            img.setSrc(image.address());
            // As an attribute: Image.setAlt("") would leave it out, and an image without alt is read by its address.
            img.getElement().setAttribute("alt", alt);
            img.addClassName("issuer-logo");
            img.getElement().setAttribute("width", String.valueOf(image.widthAtHeight()));
            img.getElement().setAttribute("height", String.valueOf(IssuerLogo.HEIGHT));
            img.getStyle()
                    .set("display", "block")
                    .set("height", IssuerLogo.HEIGHT + "px")
                    .set("width", "auto")
                    .set("max-width", "100%")
                    .set("object-fit", "contain");
            return img;
        });
    }
}
