/** Products, categories, stock and its reservation for orders, search and ranking. */
package com.souk.catalog;
