using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace ICP.Testing;

/// <summary>A page as the visitor receives it: status, headers and the parsed document.</summary>
public sealed class HtmlPage
{
    private HtmlPage(HttpResponseMessage response, IDocument document, string html)
    {
        Response = response;
        Document = document;
        Html = html;
    }

    public HttpResponseMessage Response { get; }

    public HttpStatusCode StatusCode => Response.StatusCode;

    public IDocument Document { get; }

    public string Html { get; }

    /// <summary>The visible text of the main content, whitespace collapsed.</summary>
    public string MainText => Collapse(Document.QuerySelector("main")?.TextContent ?? Document.Body?.TextContent ?? string.Empty);

    /// <summary>The visible text of the whole body, whitespace collapsed.</summary>
    public string BodyText => Collapse(Document.Body?.TextContent ?? string.Empty);

    public static async Task<HtmlPage> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.RelativeOrAbsolute));
        return await FromResponseAsync(response);
    }

    public static async Task<HtmlPage> FromResponseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var context = BrowsingContext.New(AngleSharp.Configuration.Default);
        var document = await context.OpenAsync(request => request.Content(html).Address(response.RequestMessage?.RequestUri?.ToString() ?? "http://localhost/"));
        return new HtmlPage(response, document, html);
    }

    public IElement Element(string selector) =>
        Document.QuerySelector(selector) ?? throw new InvalidOperationException($"No element matches '{selector}'.");

    public IReadOnlyList<IElement> All(string selector) => [.. Document.QuerySelectorAll(selector)];

    public IReadOnlyList<string> Texts(string selector) => [.. Document.QuerySelectorAll(selector).Select(e => Collapse(e.TextContent))];

    public IHtmlFormElement Form(string selector = "main form") =>
        Document.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No form matches '{selector}'.");

    public static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
