using FluentValidation;
using ICP.Domain.Common;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Applications;

/// <summary>The declarations made when submitting, and the key that makes a repeated submit harmless.</summary>
public sealed class SubmitForm
{
    public Guid IdempotencyKey { get; set; }

    /// <summary>The draft's fingerprint when the review page was opened (<c>Application.DraftFingerprint</c>).</summary>
    public string ReviewedDraft { get; set; } = string.Empty;

    public bool ConfirmAccurate { get; set; }

    public bool ConfirmAuthorised { get; set; }

    public bool ConfirmPublication { get; set; }
}

public sealed class SubmitFormValidator : AbstractValidator<SubmitForm>
{
    public SubmitFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.IdempotencyKey).NotEmpty().WithMessage(_ => t["Reload the page and submit again."]);
        RuleFor(f => f.ReviewedDraft).NotEmpty().WithMessage(_ => t["Reload the page and submit again."]);
        RuleFor(f => f.ConfirmAccurate).Equal(true).WithMessage(_ => t["Confirm that the information is accurate."]);
        RuleFor(f => f.ConfirmAuthorised).Equal(true).WithMessage(_ => t["Confirm that you may submit on behalf of the local authority."]);
        RuleFor(f => f.ConfirmPublication).Equal(true).WithMessage(_ => t["Confirm that the city's name may be published if it is selected."]);
    }
}

public sealed class WithdrawForm
{
    public string Reason { get; set; } = string.Empty;
}

public sealed class WithdrawFormValidator : AbstractValidator<WithdrawForm>
{
    public WithdrawFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.Reason).NotEmpty().WithMessage(_ => t["Say why the application is withdrawn."])
            .MaximumLength(TextLimits.Reason).WithMessage(_ => t["Use at most {0} characters.", TextLimits.Reason]);
    }
}
