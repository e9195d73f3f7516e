package com.souk.catalog;

import java.util.Collection;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;

/** Listings by id, loaded in one statement. */
public interface ProductsById {

    /** The products of these ids that exist, ordered by id; in a transaction, which the loader needs. */
    @Transactional(readOnly = true)
    List<Product> byIds(Collection<Long> ids);
}
