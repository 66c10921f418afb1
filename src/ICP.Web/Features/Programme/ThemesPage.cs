namespace ICP.Web.Features.Programme;

public sealed record ThemesPage(CallSummary Call, IReadOnlyList<ThemeItem> Themes) : PublicPage;
