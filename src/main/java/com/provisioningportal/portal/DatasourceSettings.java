package com.provisioningportal.portal;

import java.util.Optional;

/** The portal's PostgreSQL: the one setting the foundation itself requires. */
final class DatasourceSettings {

	private DatasourceSettings() {
	}

	static final class Url implements RequiredSetting {

		@Override
		public String property() {
			return "spring.datasource.url";
		}

		@Override
		public String variable() {
			return "SPRING_DATASOURCE_URL";
		}

		@Override
		public String expected() {
			return "the JDBC URL of a PostgreSQL 17 database, e.g. jdbc:postgresql://db:5432/portal";
		}

		@Override
		public Optional<String> problem(String value) {
			return value.startsWith("jdbc:postgresql://") ? Optional.empty()
					: Optional.of("it must start with jdbc:postgresql://");
		}

	}

	static final class Username implements RequiredSetting {

		@Override
		public String property() {
			return "spring.datasource.username";
		}

		@Override
		public String variable() {
			return "SPRING_DATASOURCE_USERNAME";
		}

		@Override
		public String expected() {
			return "the database user the portal connects as";
		}

	}

}
