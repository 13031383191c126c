package com.provisioningportal.boundaryfixture.web;

import com.provisioningportal.boundaryfixture.shop.Basket;

/** Shared page furniture that wrongly knows a feature. */
public class Banner {

	public String text(Basket basket) {
		return basket.items() + " items";
	}

}
