using System.Linq.Expressions;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using FluentValidation;
using ICP.Domain.Applications;
using ICP.Domain.Authorities;
using ICP.Infrastructure.Persistence;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace ICP.Web.Features.Applications;

/// <summary>
/// A step of the application form. The step's answers are saved as JSON; <see cref="Version"/> is
/// the saved version the editor started from (not part of the answers).
/// </summary>
public abstract class StepForm
{
    [JsonIgnore]
    public Guid Version { get; set; }
}

public sealed class LocalAuthorityStepForm : StepForm
{
    public string OfficialName { get; set; } = string.Empty;

    public string Region { get; set; } = string.Empty;

    public int? Population { get; set; }

    public string Website { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;

    /// <summary>Set by the portal, never by the form: the authority being edited (for the duplicate check).</summary>
    [JsonIgnore]
    [BindNever]
    public int AuthorityId { get; set; }

    [JsonIgnore]
    [BindNever]
    public string CountryCode { get; set; } = string.Empty;
}

public sealed class ContactsStepForm : StepForm
{
    public string PoliticalLeadName { get; set; } = string.Empty;

    public string PoliticalLeadRole { get; set; } = string.Empty;

    public string PoliticalLeadEmail { get; set; } = string.Empty;

    public string PoliticalLeadPhone { get; set; } = string.Empty;

    public string CoordinatorName { get; set; } = string.Empty;

    public string CoordinatorRole { get; set; } = string.Empty;

    public string CoordinatorEmail { get; set; } = string.Empty;

    public string CoordinatorPhone { get; set; } = string.Empty;
}

public sealed class ThemesStepForm : StepForm
{
    /// <summary>Slug of the first-ranked theme.</summary>
    public string PrimaryTheme { get; set; } = string.Empty;

    /// <summary>Slug of the second-ranked theme; none (null or empty) when the city chose one theme only.</summary>
    public string? SecondaryTheme { get; set; }

    [JsonIgnore]
    [BindNever]
    public IReadOnlyCollection<string> AvailableThemes { get; set; } = [];
}

public sealed class CaseStepForm : StepForm
{
    public string MainChallenge { get; set; } = string.Empty;

    public string GoodPractices { get; set; } = string.Empty;

    public string InternationalExperience { get; set; } = string.Empty;

    public string Stakeholders { get; set; } = string.Empty;

    public string ExpectedResults { get; set; } = string.Empty;
}

public sealed class CapacityStepForm : StepForm
{
    /// <summary>Staff days a month the city can give the cooperation.</summary>
    public int? StaffDaysPerMonth { get; set; }

    /// <summary>People the city would send on each study visit.</summary>
    public int? DelegationSize { get; set; }

    public bool AvailableForBothStudyVisits { get; set; }

    /// <summary>"yes" or "no".</summary>
    public string WillingToHost { get; set; } = string.Empty;

    public bool WorkingLanguageEnglish { get; set; }
}

/// <summary>
/// The limits of each step. Rules outside any rule set must hold for a draft to be saved (lengths,
/// formats); the <see cref="FormValidation.Complete"/> rule set says what submission needs.
/// </summary>
public static class StepLimits
{
    public const int NameLength = 200;
    public const int ShortText = 100;
    public const int AddressLength = 500;
    public const int LongText = 3000;
    public const int MediumText = 2000;
    public const int MinimumCaseText = 100;
    public const int MaximumPopulation = 40_000_000;
    public const int MaximumDelegation = 5;
}

public sealed class LocalAuthorityStepFormValidator : AbstractValidator<LocalAuthorityStepForm>
{
    public LocalAuthorityStepFormValidator(IStringLocalizer<SharedResource> t, IcpDbContext db)
    {
        RuleFor(f => f.OfficialName).MaximumLength(StepLimits.NameLength).WithMessage(_ => t["Use at most {0} characters.", StepLimits.NameLength])
            .PlainName(t)
            .MustAsync(async (form, name, cancellationToken) =>
            {
                if (string.IsNullOrWhiteSpace(name))
                {
                    return true;
                }

                var normalized = LocalAuthority.Normalize(name);
                return !await db.LocalAuthorities.AnyAsync(
                    a => a.Id != form.AuthorityId && a.CountryCode == form.CountryCode && a.NormalizedName == normalized, cancellationToken);
            })
            .WithMessage(_ => t["Another local authority with this name is already registered in this country."]);
        RuleFor(f => f.Region).MaximumLength(StepLimits.ShortText).WithMessage(_ => t["Use at most {0} characters.", StepLimits.ShortText]);
        RuleFor(f => f.Population).InclusiveBetween(1, StepLimits.MaximumPopulation).When(f => f.Population is not null)
            .WithMessage(_ => t["Enter a population between {0} and {1}.", 1, StepLimits.MaximumPopulation.ToString("N0", System.Globalization.CultureInfo.CurrentCulture)]);
        RuleFor(f => f.Website).MaximumLength(StepLimits.NameLength).WithMessage(_ => t["Use at most {0} characters.", StepLimits.NameLength])
            .Must(BeAWebAddress).When(f => !string.IsNullOrWhiteSpace(f.Website))
            .WithMessage(_ => t["Enter a web address starting with https:// or http://."]);
        RuleFor(f => f.Address).MaximumLength(StepLimits.AddressLength).WithMessage(_ => t["Use at most {0} characters.", StepLimits.AddressLength]);

        RuleSet(FormValidation.Complete, () =>
        {
            RuleFor(f => f.OfficialName).NotEmpty().WithMessage(_ => t["Enter the official name of the local authority."]);
            RuleFor(f => f.Region).NotEmpty().WithMessage(_ => t["Enter the region."]);
            RuleFor(f => f.Population).NotNull().WithMessage(_ => t["Enter the population."]);
            RuleFor(f => f.Website).NotEmpty().WithMessage(_ => t["Enter the website."]);
            RuleFor(f => f.Address).NotEmpty().WithMessage(_ => t["Enter the postal address."]);
        });
    }

    private static bool BeAWebAddress(string value) =>
        Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && uri.Host.Contains('.', StringComparison.Ordinal);
}

public sealed class ContactsStepFormValidator : AbstractValidator<ContactsStepForm>
{
    public ContactsStepFormValidator(IStringLocalizer<SharedResource> t)
    {
        Contact(t, f => f.PoliticalLeadName, f => f.PoliticalLeadRole, f => f.PoliticalLeadEmail, f => f.PoliticalLeadPhone);
        Contact(t, f => f.CoordinatorName, f => f.CoordinatorRole, f => f.CoordinatorEmail, f => f.CoordinatorPhone);
    }

    /// <summary>The same rules for both contacts: formats when filled, everything to submit.</summary>
    private void Contact(
        IStringLocalizer<SharedResource> t,
        Expression<Func<ContactsStepForm, string>> name, Expression<Func<ContactsStepForm, string>> role,
        Expression<Func<ContactsStepForm, string>> email, Expression<Func<ContactsStepForm, string>> phone)
    {
        RuleFor(name).MaximumLength(StepLimits.NameLength).WithMessage(_ => t["Use at most {0} characters.", StepLimits.NameLength]);
        RuleFor(role).MaximumLength(StepLimits.ShortText).WithMessage(_ => t["Use at most {0} characters.", StepLimits.ShortText]);
        RuleFor(email).MaximumLength(256).WithMessage(_ => t["Use at most {0} characters.", 256])
            .Must(value => string.IsNullOrWhiteSpace(value) || EmailShape().IsMatch(value.Trim()))
            .WithMessage(_ => t["Enter a valid e-mail address."]);
        RuleFor(phone).MaximumLength(30).WithMessage(_ => t["Use at most {0} characters.", 30])
            .Must(value => string.IsNullOrWhiteSpace(value) || PhoneShape().IsMatch(value.Trim()))
            .WithMessage(_ => t["Enter a phone number with its country code, e.g. +32 2 299 11 11."]);
        RuleSet(FormValidation.Complete, () =>
        {
            RuleFor(name).NotEmpty().WithMessage(_ => t["Enter the name."]);
            RuleFor(role).NotEmpty().WithMessage(_ => t["Enter the role."]);
            RuleFor(email).NotEmpty().WithMessage(_ => t["Enter the e-mail address."]);
            RuleFor(phone).NotEmpty().WithMessage(_ => t["Enter the phone number."]);
        });
    }

    private static Regex EmailShape() => EmailPattern;

    private static Regex PhoneShape() => PhonePattern;

    // Linear-time matching (no backtracking) instead of a match timeout: the timeout was measured on
    // the wall clock, so on a busy machine a thread paused mid-match "timed out" on an ordinary
    // address and the step page answered 500 (found by SubmissionRushTests). The inputs are short
    // and length-limited before these run.
    private static readonly Regex EmailPattern = new(@"^[^@\s]+@[^@\s]+\.[^@\s]+$", RegexOptions.NonBacktracking);

    private static readonly Regex PhonePattern = new(@"^\+?[0-9 ()./-]{6,30}$", RegexOptions.NonBacktracking);
}

public sealed class ThemesStepFormValidator : AbstractValidator<ThemesStepForm>
{
    public ThemesStepFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.PrimaryTheme).Must((form, slug) => string.IsNullOrEmpty(slug) || form.AvailableThemes.Contains(slug))
            .WithMessage(_ => t["Choose one of the call's themes."]);
        RuleFor(f => f.SecondaryTheme).Must((form, slug) => string.IsNullOrEmpty(slug) || form.AvailableThemes.Contains(slug))
            .WithMessage(_ => t["Choose one of the call's themes."])
            .NotEqual(f => f.PrimaryTheme).When(f => !string.IsNullOrEmpty(f.SecondaryTheme))
            .WithMessage(_ => t["The second theme must differ from the first."]);
        RuleSet(FormValidation.Complete, () =>
            RuleFor(f => f.PrimaryTheme).NotEmpty().WithMessage(_ => t["Choose at least one theme."]));
    }
}

public sealed class CaseStepFormValidator : AbstractValidator<CaseStepForm>
{
    public CaseStepFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.MainChallenge).MaximumLength(StepLimits.LongText).WithMessage(_ => t["Use at most {0} characters.", StepLimits.LongText]);
        RuleFor(f => f.GoodPractices).MaximumLength(StepLimits.LongText).WithMessage(_ => t["Use at most {0} characters.", StepLimits.LongText]);
        RuleFor(f => f.InternationalExperience).MaximumLength(StepLimits.MediumText).WithMessage(_ => t["Use at most {0} characters.", StepLimits.MediumText]);
        RuleFor(f => f.Stakeholders).MaximumLength(StepLimits.MediumText).WithMessage(_ => t["Use at most {0} characters.", StepLimits.MediumText]);
        RuleFor(f => f.ExpectedResults).MaximumLength(StepLimits.MediumText).WithMessage(_ => t["Use at most {0} characters.", StepLimits.MediumText]);
        RuleSet(FormValidation.Complete, () =>
        {
            RuleFor(f => f.MainChallenge).NotEmpty().WithMessage(_ => t["Describe the main urban challenge."])
                .MinimumLength(StepLimits.MinimumCaseText).WithMessage(_ => t["Write at least {0} characters.", StepLimits.MinimumCaseText]);
            RuleFor(f => f.GoodPractices).NotEmpty().WithMessage(_ => t["Describe the good practices the city can share."])
                .MinimumLength(StepLimits.MinimumCaseText).WithMessage(_ => t["Write at least {0} characters.", StepLimits.MinimumCaseText]);
            RuleFor(f => f.InternationalExperience).NotEmpty().WithMessage(_ => t["Describe the city's experience of international cooperation (or say it has none)."]);
            RuleFor(f => f.Stakeholders).NotEmpty().WithMessage(_ => t["Name the local stakeholders to involve."]);
            RuleFor(f => f.ExpectedResults).NotEmpty().WithMessage(_ => t["Describe the expected results."])
                .MinimumLength(StepLimits.MinimumCaseText).WithMessage(_ => t["Write at least {0} characters.", StepLimits.MinimumCaseText]);
        });
    }
}

public sealed class CapacityStepFormValidator : AbstractValidator<CapacityStepForm>
{
    public CapacityStepFormValidator(IStringLocalizer<SharedResource> t)
    {
        RuleFor(f => f.StaffDaysPerMonth).InclusiveBetween(0, 31).When(f => f.StaffDaysPerMonth is not null)
            .WithMessage(_ => t["Enter a number of days between {0} and {1}.", 0, 31]);
        RuleFor(f => f.DelegationSize).InclusiveBetween(1, StepLimits.MaximumDelegation).When(f => f.DelegationSize is not null)
            .WithMessage(_ => t["Enter a delegation of {0} to {1} people.", 1, StepLimits.MaximumDelegation]);
        RuleFor(f => f.WillingToHost).Must(v => v is "" or "yes" or "no").WithMessage(_ => t["Answer yes or no."]);
        RuleSet(FormValidation.Complete, () =>
        {
            RuleFor(f => f.StaffDaysPerMonth).NotNull().WithMessage(_ => t["Enter the staff time."]);
            RuleFor(f => f.DelegationSize).NotNull().WithMessage(_ => t["Enter the delegation size."]);
            RuleFor(f => f.AvailableForBothStudyVisits).Equal(true).WithMessage(_ => t["Both six-day study visits are part of the programme: confirm the city can take part."]);
            RuleFor(f => f.WillingToHost).NotEmpty().WithMessage(_ => t["Answer yes or no."]);
            RuleFor(f => f.WorkingLanguageEnglish).Equal(true).WithMessage(_ => t["The programme works in English: confirm the city's team can."]);
        });
    }
}

/// <summary>What the portal knows about each step: its form type and its title.</summary>
public static class Steps
{
    public static IReadOnlyList<StepInfo> All { get; } =
    [
        new(ApplicationStep.LocalAuthority, "local-authority", typeof(LocalAuthorityStepForm), "Local authority"),
        new(ApplicationStep.Contacts, "contacts", typeof(ContactsStepForm), "Contacts"),
        new(ApplicationStep.Themes, "themes", typeof(ThemesStepForm), "Themes"),
        new(ApplicationStep.Case, "case", typeof(CaseStepForm), "The city's case"),
        new(ApplicationStep.Capacity, "capacity", typeof(CapacityStepForm), "Capacity and commitment"),
    ];

    public static StepInfo? FromSlug(string slug) => All.FirstOrDefault(s => s.Slug == slug);

    public static StepInfo Of(ApplicationStep step) => All.First(s => s.Step == step);
}

public sealed record StepInfo(ApplicationStep Step, string Slug, Type FormType, string Title)
{
    public int Number => (int)Step;
}
