namespace ICP.Web.Features.Selection;

public sealed record SelectedCity(string CountryCode, string Country, string City, string QuotaGroup, DateTimeOffset ReleasedAt);
