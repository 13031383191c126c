package com.provisioningportal.portal.web;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.provisioningportal.portal.projects.SinchFailures;
import org.junit.jupiter.api.Test;

import org.springframework.context.support.MessageSourceAccessor;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundle and its users agree: every key the sources name is in {@code messages.properties}, and every key there
 * is named somewhere. Java names a key as {@code Messages.of("key", …)} or, in a constraint, {@code "{key}"}; a
 * template as {@code #{key}} or {@code #{key(…)}}.
 */
class MessageBundleTests {

	private static final Path JAVA = Path.of("src/main/java");

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern IN_JAVA = Pattern.compile("Messages\\.of\\(\\s*\"([^\"]+)\"|message\\s*=\\s*\"\\{([^}\"]+)}\"");

	/** {0}, {1,number,#}, but not WhatsApp's {{1}}. */
	private static final Pattern ARGUMENT = Pattern.compile("(?<!\\{)\\{\\d+[,}]");

	private static final Pattern IN_TEMPLATE = Pattern.compile("#\\{([^}(]+)[}(]");

	/** The audit pages look an action's label up by its code, so a label is used when the code records that action. */
	private static final String AUDIT_ACTION = "audit.action.";

	private static final Pattern ACTION_CODE = Pattern.compile("\"([A-Z][A-Z0-9_]+)\"");

	@Test
	void everyKeyTheSourcesNameIsInTheBundle() {
		Map<String, Set<String>> used = usedKeys();
		Set<String> bundle = bundle().stringPropertyNames();

		assertThat(used).isNotEmpty();
		assertThat(missing(used, bundle)).isEmpty();
	}

	@Test
	void everyKeyInTheBundleIsNamedSomewhere() {
		Set<String> unused = new TreeSet<>(bundle().stringPropertyNames());
		unused.removeAll(usedKeys().keySet());
		unused.removeIf(key -> key.startsWith(AUDIT_ACTION) && actionCodes().contains(key.substring(AUDIT_ACTION.length())));

		assertThat(unused).isEmpty();
	}

	@Test
	void aKeyMissingFromTheBundleIsFound() {
		Map<String, Set<String>> used = new TreeMap<>();
		keys(IN_JAVA, """
				@NotBlank(message = "{sample.name.required}")
				Flash.success(redirect, Messages.of("sample.created", name));
				""", "Sample.java", used);
		keys(IN_TEMPLATE, """
				<p th:text="#{sample.help}">Help</p> <p th:text="#{sample.count(${count})}">3 items</p>
				""", "sample.html", used);

		assertThat(used).containsOnlyKeys("sample.name.required", "sample.created", "sample.help", "sample.count");
		assertThat(missing(used, Set.of("sample.created", "sample.help"))).containsOnlyKeys("sample.name.required", "sample.count");
	}

	/**
	 * As Spring formats them: a message with arguments is a MessageFormat pattern, whose apostrophes are doubled and
	 * whose literal braces are quoted; one without arguments is shown as written.
	 */
	@Test
	void aMessageWithArgumentsDoublesItsApostrophesAndOneWithoutDoesNot() {
		Properties bundle = bundle();
		for (String key : bundle.stringPropertyNames()) {
			String message = bundle.getProperty(key);
			if (ARGUMENT.matcher(message).find()) {
				assertThat(new MessageFormat(message).toPattern()).as(key).isNotEmpty();
				String unquoted = message.replace("''", "").replaceAll("'[{}][^']*'", "");
				assertThat(unquoted).as(key + ": a lone apostrophe would vanish").doesNotContain("'");
			}
			else {
				assertThat(message).as(key + ": shown as written, so '' would show twice").doesNotContain("''");
			}
		}
	}

	/** The bundle as the portal reads it: nested messages, quoted braces and apostrophes come out as people read them. */
	@Test
	void messagesResolveAsThePagesShowThem() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasename("messages");
		source.setDefaultEncoding("UTF-8");
		MessageSourceAccessor messages = new MessageSourceAccessor(source, Locale.ENGLISH);

		assertThat(messages.getMessage(Messages.of("sinch.unreachable.try-again", Messages.of("sinch.unreachable"),
				Messages.of("sinch.nothing-changed")))).isEqualTo("Sinch could not be reached, so nothing changed. Try again in a moment.");
		assertThat(messages.getMessage(Messages.of("whatsapp.template.body.example.required", 2))).isEqualTo("Give the example of {{2}}.");
		assertThat(messages.getMessage(Messages.of("whatsapp.template.body.size", 1024, 1100)))
			.isEqualTo("Keep the text to 1024 characters (it has 1100).");
		assertThat(messages.getMessage(Messages.of("whatsapp.sender.edit.not-active", "pending")))
			.isEqualTo("Only an active sender's profile can be changed; this one is pending.");
		assertThat(messages.getMessage(Messages.of("whatsapp.template.name.required"))).isEqualTo("Enter the template's name.");
		assertThat(messages.getMessage(SinchFailures.unreachable(Messages.of("project.callback.not-turned-on"))))
			.isEqualTo("Sinch could not be reached, so status updates were not turned on. Try again in a moment.");
		assertThat(messages.getMessage(Messages.of("audit.checkpoint.signed", 1200L, 34567L, 34567L, "the chain is intact.")))
			.isEqualTo("Checkpoint 1200 signed at entry 34567 (34567 entries), after the chain is intact.");
		assertThat(messages.getMessage(Messages.of("team.project.added", "Sandbox Travel")))
			.isEqualTo("The team's members now reach Sandbox Travel.");
		assertThat(messages.getMessage(Messages.of("team.name.required"))).isEqualTo("Enter the team's name.");
	}

	private static Map<String, Set<String>> missing(Map<String, Set<String>> used, Set<String> bundle) {
		Map<String, Set<String>> missing = new TreeMap<>(used);
		missing.keySet().removeAll(bundle);
		return missing;
	}

	/** The upper-case string literals of the main code, among them every audit action it records. */
	private static Set<String> actionCodes() {
		Set<String> codes = new TreeSet<>();
		files(JAVA, ".java").forEach(file -> {
			Matcher code = ACTION_CODE.matcher(read(file));
			while (code.find()) {
				codes.add(code.group(1));
			}
		});
		return codes;
	}

	/** Each key with the files naming it. */
	private static Map<String, Set<String>> usedKeys() {
		Map<String, Set<String>> used = new TreeMap<>();
		files(JAVA, ".java").forEach(file -> keys(IN_JAVA, read(file), file.toString(), used));

		files(TEMPLATES, ".html").forEach(file -> keys(IN_TEMPLATE, read(file), file.toString(), used));
		return used;
	}

	private static void keys(Pattern pattern, String source, String file, Map<String, Set<String>> used) {
		Matcher matcher = pattern.matcher(source);
		while (matcher.find()) {
			String key = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
			used.computeIfAbsent(key.strip(), any -> new TreeSet<>()).add(file);
		}
	}

	private static Properties bundle() {
		Properties bundle = new Properties();
		try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8)) {
			bundle.load(reader);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bundle;
	}

	private static Stream<Path> files(Path root, String suffix) {
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(file -> file.toString().endsWith(suffix)).toList().stream();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
