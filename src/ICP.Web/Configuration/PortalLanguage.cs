namespace ICP.Web.Configuration;

/// <summary>
/// An interface language: its code, its name in itself (as the switcher lists it) and the language of
/// the European Commission logo shown with it (the EC publishes its logo in the EU's official
/// languages only, so Catalan pages carry the English one, as EC sites do for other languages).
/// </summary>
public sealed record PortalLanguage(string Code, string NativeName, string LogoLanguage);
