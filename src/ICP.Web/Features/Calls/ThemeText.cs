namespace ICP.Web.Features.Calls;

/// <summary>A theme's English texts, with what identifies its translations.</summary>
public sealed record ThemeText(int Id, string Slug, string Name, string Description);
