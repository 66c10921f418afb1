namespace ICP.Web.Features.Selection;

public sealed record CountryUse(string Country, int Selected);
