namespace ICP.Web.Features.Programme;

public sealed record QuotaGroupItem(string Code, LocalisedText Name, int Seats, int? PerCountryCap, IReadOnlyList<TerritoryItem> Territories);
