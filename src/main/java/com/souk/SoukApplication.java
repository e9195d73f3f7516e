package com.souk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Souk: a marketplace order and buyer-protection engine. */
@SpringBootApplication
public class SoukApplication {

    public static void main(String[] args) {
        SpringApplication.run(SoukApplication.class, args);
    }
}
