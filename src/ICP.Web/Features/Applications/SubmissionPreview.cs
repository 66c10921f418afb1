namespace ICP.Web.Features.Applications;

/// <summary>The answers as they stand, for the review page.</summary>
public sealed record SubmissionPreview(
    string OfficialName, string CountryCode, LocalAuthorityStepForm LocalAuthority, ContactsStepForm Contacts, ThemesStepForm Themes,
    IReadOnlyDictionary<string, ICP.Web.Features.Programme.LocalisedText> ThemeNames, CaseStepForm Case, CapacityStepForm Capacity);
