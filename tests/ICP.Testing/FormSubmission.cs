using AngleSharp.Html.Dom;

namespace ICP.Testing;

/// <summary>
/// Posts an HTML form as a browser would: every field the form carries (the antiforgery token
/// included), with the values a test sets replacing or adding to them.
/// </summary>
public static class FormSubmission
{
    public static async Task<HtmlPage> SubmitAsync(
        this HttpClient client, HtmlPage page, string formSelector = "main form",
        IEnumerable<KeyValuePair<string, string>>? values = null, string? submitButtonSelector = null)
    {
        var form = page.Form(formSelector);
        var fields = CurrentValues(form, submitButtonSelector);
        if (values is not null)
        {
            var overrides = values.ToList();
            foreach (var name in overrides.Select(v => v.Key).Distinct())
            {
                fields.RemoveAll(f => f.Key == name);
            }

            fields.AddRange(overrides);
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? page.Response.RequestMessage!.RequestUri! : new Uri(page.Response.RequestMessage!.RequestUri!, action);
        var response = await client.PostAsync(target, new FormUrlEncodedContent(fields));
        return await HtmlPage.FromResponseAsync(response);
    }

    /// <summary>The name/value pairs a browser would send for the form as it stands.</summary>
    public static List<KeyValuePair<string, string>> CurrentValues(IHtmlFormElement form, string? submitButtonSelector = null)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name) && !input.IsDisabled:
                    if (input.Type is "checkbox" or "radio")
                    {
                        if (input.IsChecked)
                        {
                            fields.Add(new(input.Name!, input.Value));
                        }
                    }
                    else if (input.Type is not ("submit" or "button" or "file" or "image" or "reset"))
                    {
                        fields.Add(new(input.Name!, input.Value));
                    }

                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name) && !area.IsDisabled:
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement select when !string.IsNullOrEmpty(select.Name) && !select.IsDisabled:
                    foreach (var option in select.Options.Where(o => o.IsSelected))
                    {
                        fields.Add(new(select.Name!, option.Value));
                    }

                    break;
            }
        }

        if (submitButtonSelector is not null
            && form.QuerySelector(submitButtonSelector) is IHtmlButtonElement { Name: { Length: > 0 } buttonName } button)
        {
            fields.Add(new(buttonName, button.Value));
        }

        return fields;
    }

    public static KeyValuePair<string, string> Field(string name, string value) => new(name, value);
}
