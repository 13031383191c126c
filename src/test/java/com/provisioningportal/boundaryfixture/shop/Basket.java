package com.provisioningportal.boundaryfixture.shop;

/** A feature's type. */
public record Basket(int items) {

}
