namespace ICP.Web.Mvc;

/// <summary>One step of the breadcrumb trail above the current page.</summary>
public sealed record Breadcrumb(string Label, string Url);
