package com.souk.protection;

import org.springframework.stereotype.Component;

/**
 * The seller's rating as dispute triage sees it. Until ratings exist (reviews module) there is none, and
 * triage's rules treat a missing rating as unknown, not as bad.
 */
@Component
class SellerStanding {

    Double rating(long sellerId) {
        return null;
    }
}
