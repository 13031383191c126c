package com.provisioningportal.portal.projects;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import com.provisioningportal.portal.gateway.SinchApiException;
import com.provisioningportal.portal.gateway.SinchException;
import com.provisioningportal.portal.gateway.SinchUnreachableException;

import com.provisioningportal.portal.web.Flash;
import com.provisioningportal.portal.web.Messages;

import org.springframework.beans.BeanWrapperImpl;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one way a change Sinch refused or could not take is answered, and the one wording of "Sinch could not be
 * reached" per meaning. Pages that only read let the exception escape to {@link SinchPageAdvice}; a form shown
 * again with its values uses {@link #rejectForm}, a change answered by a redirect uses {@link #flash}. Each feature
 * keeps the one place that turns Sinch's codes into its own sentences and hands it in.
 */
public final class SinchFailures {

	/** What to do after a refusal no feature has a better sentence for. */
	public static final MessageSourceResolvable CORRECT_AND_RETRY = Messages.of("sinch.refused.correct-and-retry");

	private SinchFailures() {
	}

	/** A sentence for a refusal, beside a form field ({@code field} null: the whole form). */
	public record Advice(String field, MessageSourceResolvable sentence) {

		public static Advice form(MessageSourceResolvable sentence) {
			return new Advice(null, sentence);
		}

	}

	/** Whether Sinch certainly made nothing, having refused the change, so the same form may be sent again. */
	public static boolean nothingMade(SinchException ex) {
		return ex instanceof SinchApiException refused && refused.status() >= 400 && refused.status() < 500;
	}

	/** Sinch did not answer, so {@code consequence} (e.g. "nothing changed"); what to do next follows. */
	public static MessageSourceResolvable unreachable(MessageSourceResolvable consequence) {
		return Messages.of("sinch.unreachable.try-again", Messages.of("sinch.unreachable"), consequence);
	}

	/**
	 * What the page says when Sinch did not answer: {@code said}, unless the request went out, in which case a
	 * sentence that nothing happened would be a guess, and the page says the outcome is being looked up instead.
	 */
	private static MessageSourceResolvable whenUnanswered(SinchException ex, MessageSourceResolvable said) {
		boolean claimsNothingHappened = Arrays.asList(said.getCodes()).contains("sinch.unreachable.try-again");
		if (claimsNothingHappened && ex instanceof SinchUnreachableException unanswered && unanswered.mayHaveActed()) {
			return Messages.of("sinch.unreachable.outcome-unknown", Messages.of("sinch.unreachable"));
		}
		return said;
	}

	/**
	 * Sinch did not answer a change it may have made ({@code uncertain}, e.g. "the template may or may not have been
	 * created"): where to look before sending the form again.
	 */
	public static MessageSourceResolvable unreachableMaybeDone(MessageSourceResolvable uncertain,
			MessageSourceResolvable whereToLook) {
		return Messages.of("sinch.unreachable.check-first", Messages.of("sinch.unreachable"), uncertain, whereToLook);
	}

	/** The flash message of a change answered by a redirect: Sinch's words, then what to do next. */
	public static MessageSourceResolvable flash(SinchException ex,
			Function<SinchApiException, MessageSourceResolvable> nextStep) {
		if (ex instanceof SinchApiException refused) {
			MessageSourceResolvable next = nextStep.apply(refused);
			return Messages.of("sinch.refused", refused.explanation(), (next != null) ? next : CORRECT_AND_RETRY);
		}
		return whenUnanswered(ex, unreachable(Messages.of("sinch.nothing-changed")));
	}

	/**
	 * Makes a change answered by a redirect: true when Sinch took it, else false with the {@link #flash} message
	 * for the page the redirect shows.
	 */
	public static boolean attempt(RedirectAttributes redirect,
			Function<SinchApiException, MessageSourceResolvable> nextStep, Runnable change) {
		return attempt(redirect, nextStep, () -> {
			change.run();
			return true;
		}).isPresent();
	}

	/** As {@link #attempt(RedirectAttributes, Function, Runnable)}, with what Sinch answered; empty when it failed. */
	public static <T> Optional<T> attempt(RedirectAttributes redirect,
			Function<SinchApiException, MessageSourceResolvable> nextStep, Supplier<T> call) {
		try {
			return Optional.of(call.get());
		}
		catch (SinchException ex) {
			Flash.error(redirect, flash(ex, nextStep));
			return Optional.empty();
		}
	}

	/**
	 * A form shown again after Sinch refused it or did not answer: Sinch's summary at the top of the page
	 * ({@code sinchError} or {@code sinchUnreachable}) and the sentence saying what to do next, beside its field.
	 */
	public static void rejectForm(SinchException ex, BindingResult result, Model model,
			MessageSourceResolvable unreachable, Function<SinchApiException, Advice> advice) {
		rejectFormAll(ex, result, model, unreachable, refused -> List.of(advice.apply(refused)));
	}

	/** As {@link #rejectForm}, for a refusal that names several fields at once. */
	public static void rejectFormAll(SinchException ex, BindingResult result, Model model,
			MessageSourceResolvable unreachable, Function<SinchApiException, List<Advice>> advice) {
		if (!(ex instanceof SinchApiException refused)) {
			model.addAttribute("sinchUnreachable", true);
			Messages.reject(result, null, whenUnanswered(ex, unreachable));
			return;
		}
		model.addAttribute("sinchError", refused);
		for (Advice sentence : advice.apply(refused)) {
			// The same code can answer several forms: beside the field where the form has it, else at the top.
			if (sentence.field() != null && result.getTarget() != null
					&& new BeanWrapperImpl(result.getTarget()).isReadableProperty(sentence.field())) {
				Messages.reject(result, sentence.field(), sentence.sentence());
			}
			else {
				Messages.reject(result, null, sentence.sentence());
			}
		}
	}

}
