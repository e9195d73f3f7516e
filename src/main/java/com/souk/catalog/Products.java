package com.souk.catalog;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The listings; saving checks the version. Search and its ranking are {@link ProductSearch}, stock taken for
 * orders is {@link StockReservations}.
 */
public interface Products extends Repository<Product, Long>, ProductsById {

    Product save(Product product);

    /** Saves and writes at once, so that a version conflict surfaces here rather than at commit. */
    Product saveAndFlush(Product product);

    Optional<Product> findById(long id);

    default Optional<Product> byId(long id) {
        return findById(id);
    }

    @Query("select p from Product p where p.sellerId = :sellerId order by p.id desc")
    List<Product> findBySellerIdOrderByIdDesc(long sellerId, Pageable page);

    /** A seller's own listings, newest first. */
    default List<Product> ofSeller(long sellerId, int page, int size) {
        return findBySellerIdOrderByIdDesc(sellerId, Pageable.ofSize(size).withPage(page));
    }

    @Query("select count(p) from Product p where p.sellerId = :sellerId")
    long countBySellerId(long sellerId);

    default long countOfSeller(long sellerId) {
        return countBySellerId(sellerId);
    }

    @Query("select count(p) > 0 from Product p where p.sellerId = :sellerId and p.title = :title")
    boolean existsBySellerIdAndTitle(long sellerId, String title);

    default boolean existsWithTitle(long sellerId, String title) {
        return existsBySellerIdAndTitle(sellerId, title);
    }
}
