namespace ICP.Web.Mvc;

/// <summary>What the ECL page header shows: the page's one h1, an introduction and the breadcrumb trail.</summary>
public sealed record PageHeader(string Title, string? Description = null, IReadOnlyList<Breadcrumb>? Trail = null, string? Meta = null, string? DescriptionLang = null, string? TitleLang = null);
