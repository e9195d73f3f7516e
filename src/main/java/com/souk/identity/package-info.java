/** Users, their roles (buyer, seller, agent, analyst, admin) and how they sign in to pages and the API. */
package com.souk.identity;
