package org.passerelle.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.Persistable;

/** The bytes of one course file, identified by their SHA-256. Never changed once stored. */
@Entity
@Table(name = "catalog_media")
class MediaBlob implements Persistable<String> {

    @Id
    private String sha256;

    @Column(name = "content_type")
    private String contentType;

    private long size;

    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    @Column(columnDefinition = "longblob")
    private byte[] bytes;

    @Transient
    private boolean fresh;

    protected MediaBlob() {}

    MediaBlob(String sha256, String contentType, byte[] bytes) {
        this.sha256 = sha256;
        this.contentType = contentType;
        this.size = bytes.length;
        this.bytes = bytes;
        this.fresh = true;
    }

    @Override
    public String getId() {
        return sha256;
    }

    @Override
    public boolean isNew() {
        return fresh;
    }

    byte[] bytes() {
        return bytes;
    }
}
