package com.provisioningportal.testsupport;

import java.util.UUID;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The test database as its owner (and superuser) sees it: for tests that play someone who may do what the portal
 * may not, such as switching the audit log's triggers off or creating a database.
 */
public final class DatabaseOwner {

	private final PostgresChooser.Database database;

	private final DataSource dataSource;

	DatabaseOwner(PostgresChooser.Database database) {
		this.database = database;
		this.dataSource = new DriverManagerDataSource(database.jdbcUrl(), database.username(), database.password());
	}

	public DataSource dataSource() {
		return dataSource;
	}

	public JdbcClient jdbc() {
		return JdbcClient.create(dataSource);
	}

	/** Transactions on the owner's connections, e.g. a tampering rolled back so the shared log stays intact. */
	public TransactionTemplate transactions() {
		return new TransactionTemplate(new DataSourceTransactionManager(dataSource));
	}

	public String jdbcUrl() {
		return database.jdbcUrl();
	}

	/** Creates an empty database on the same server and returns its name; {@link #drop} removes it. */
	public String createDatabase(String prefix) {
		String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		jdbc().sql("create database " + name).update();
		return name;
	}

	/** The URL of another database on the same server, without credentials (they go with the data source). */
	public String jdbcUrlOf(String name) {
		return PostgresChooser.withoutCredentials(database.jdbcUrl()).replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
	}

	/** The owner's connections to another database on the same server. */
	public DataSource dataSourceOf(String name) {
		return new DriverManagerDataSource(jdbcUrlOf(name), database.username(), database.password());
	}

	public void drop(String name) {
		jdbc().sql("drop database if exists " + name + " with (force)").update();
	}

	public String username() {
		return database.username();
	}

	public String password() {
		return database.password();
	}

}
