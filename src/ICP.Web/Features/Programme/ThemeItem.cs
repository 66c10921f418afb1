namespace ICP.Web.Features.Programme;

public sealed record ThemeItem(string Slug, LocalisedText Name, LocalisedText Description);
