package org.passerelle.shared;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The institution's logo as tests choose it: none, as the application's default, until a test shows one. Part of the
 * one test application (a property set for one test class only would start a second one).
 */
public class SwitchableIssuerLogo extends IssuerLogo {

    private volatile Optional<Image> shown = Optional.empty();

    SwitchableIssuerLogo() {
        super("");
    }

    @Override
    public Optional<Image> image() {
        return shown;
    }

    /** Shows this image file from now on, read and checked as at start. */
    public Image show(Path file) {
        Image image = read(file);
        shown = Optional.of(image);
        return image;
    }

    public void hide() {
        shown = Optional.empty();
    }

    /** A small PNG logo, {@code width} by {@code height} pixels: a navy block with a lighter bar. */
    public static byte[] png(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x1f, 0x3a, 0x68));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xf2, 0xb1, 0x34));
        g.fillRect(width / 8, height / 3, width * 3 / 4, height / 3);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** {@link #png} written to a new file. */
    public static Path pngFile(int width, int height) {
        try {
            Path file = Files.createTempFile("logo", ".png");
            file.toFile().deleteOnExit();
            return Files.write(file, png(width, height));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static BeanPostProcessor switchableIssuerLogo() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof IssuerLogo && !(bean instanceof SwitchableIssuerLogo)
                            ? new SwitchableIssuerLogo()
                            : bean;
                }
            };
        }
    }
}
