namespace ICP.Web.Features.PersonalData;

/// <summary>The retention page: the call's period, the applications due for anonymisation, those anonymised.</summary>
public sealed record RetentionPage(string CallCode, int RetentionMonths, IReadOnlyList<RetentionCandidate> Due, int NotDueYet, int Anonymised);
