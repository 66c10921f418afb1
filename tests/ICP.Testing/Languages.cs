namespace ICP.Testing;

/// <summary>The languages a test crawls the portal in, and choosing one as a visitor does.</summary>
public static class Languages
{
    /// <summary>Every interface language besides English (the language of the resource keys).</summary>
    public static IReadOnlyList<string> Translated { get; } =
        [.. ICP.Web.Configuration.LocalisationSetup.Languages.Select(l => l.Code).Where(code => code != "en")];

    /// <summary>Chooses a language on the /language page, as a visitor would (the form sets the cookie, and the account's preference when signed in).</summary>
    public static async Task<HtmlPage> ChooseAsync(HttpClient client, string culture, string? returnUrl = null)
    {
        var languages = await HtmlPage.GetAsync(client, "/language" + (returnUrl is null ? string.Empty : "?returnUrl=" + Uri.EscapeDataString(returnUrl)));
        return await client.SubmitAsync(languages, $"#language-{culture}");
    }
}
