using ICP.Web.Configuration;

namespace ICP.Web.Controllers;

public sealed record LanguagePage(IReadOnlyList<PortalLanguage> Languages, string ReturnUrl);
