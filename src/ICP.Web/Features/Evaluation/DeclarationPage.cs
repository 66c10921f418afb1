namespace ICP.Web.Features.Evaluation;

public sealed record DeclarationPage(
    bool Confirmed, DateTimeOffset? ConfirmedAt, IReadOnlyCollection<string> Countries, IReadOnlyCollection<int> Authorities,
    IReadOnlyList<(string Code, string Name)> AllCountries, IReadOnlyList<(int Id, string Name, string Country)> AllAuthorities);
