namespace ICP.Web.Features.Calls;

public sealed record DeadlinePage(
    DateTimeOffset OriginalDeadline, DateTimeOffset CurrentDeadline, IReadOnlyList<(DateTimeOffset From, DateTimeOffset To, string Reason, string By, DateTimeOffset At)> History,
    IReadOnlyList<ExtensionRow> Individual, IReadOnlyList<(int Id, string Name, string Country)> Authorities, DeadlineForm CallForm, DeadlineForm IndividualForm, string TimeZoneId);
