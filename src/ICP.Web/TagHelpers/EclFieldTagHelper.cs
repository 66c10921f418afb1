using System.Globalization;
using FluentValidation;
using ICP.Web.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace ICP.Web.TagHelpers;

/// <summary>
/// One ECL form group for a model property: label, "required" marker, help text, the control, and
/// the server's error message, wired together with ids and aria attributes. Length limits and
/// required markers come from the property's FluentValidation rules, the same ones the server applies.
/// <code>&lt;ecl-field for="Form.OfficialName" label="@T["Official name"]" help="…" type="text" /&gt;</code>
/// Types: text, email, tel, url, number, date (ISO value), password, textarea, select (with <c>items</c>), checkbox, radios (with <c>items</c>).
/// </summary>
[HtmlTargetElement("ecl-field", TagStructure = TagStructure.WithoutEndTag, Attributes = "for,label")]
public sealed class EclFieldTagHelper(IHtmlGenerator generator, IServiceProvider services, IStringLocalizer<SharedResource> localizer) : TagHelper
{
    public ModelExpression For { get; set; } = default!;

    public string Label { get; set; } = string.Empty;

    public string? Help { get; set; }

    public string Type { get; set; } = "text";

    public int Rows { get; set; } = 6;

    public string? Autocomplete { get; set; }

    public bool Readonly { get; set; }

    /// <summary>Options for select and radios.</summary>
    public IEnumerable<SelectListItem>? Items { get; set; }

    /// <summary>Text of the empty first option of a select.</summary>
    public string? Placeholder { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = default!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var rules = Rules();
        var errors = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry)
            ? entry.Errors.Select(e => e.ErrorMessage).Where(m => !string.IsNullOrEmpty(m)).ToList()
            : [];
        var invalid = errors.Count > 0;
        var describedBy = string.Join(' ', new[]
        {
            Help is null ? null : $"{id}-helper",
            invalid ? $"{id}-invalid" : null,
            rules.MaxLength is not null && Type == "textarea" ? $"{id}-counter" : null,
        }.Where(s => s is not null));

        output.TagName = Type == "radios" ? "fieldset" : "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "ecl-form-group ecl-u-mb-l");

        if (Type == "checkbox")
        {
            output.Content.AppendHtml(Checkbox(id, name, describedBy, rules, invalid));
            AppendErrors(output, id, errors);
            return;
        }

        if (Type == "radios")
        {
            // The field's id is the group's, so that "still needed" and error-summary links reach it.
            output.Attributes.SetAttribute("id", id);
            output.Attributes.SetAttribute("tabindex", "-1");
            output.Attributes.SetAttribute("aria-describedby", describedBy.Length > 0 ? describedBy : null);
            output.Content.AppendHtml(Legend(id, rules));
            AppendHelp(output, id);
            output.Content.AppendHtml(Radios(id, name, invalid));
            AppendErrors(output, id, errors);
            return;
        }

        output.Content.AppendHtml(LabelRow(id, rules));
        AppendHelp(output, id);
        output.Content.AppendHtml(Control(id, name, describedBy, rules, invalid));
        AppendErrors(output, id, errors, clientSideFor: name);
        if (rules.MaxLength is { } max && Type == "textarea")
        {
            var counter = new TagBuilder("div");
            counter.AddCssClass("ecl-help-block icp-counter");
            counter.Attributes["id"] = $"{id}-counter";
            counter.Attributes["data-counter-for"] = id;
            counter.Attributes["data-counter-template"] = localizer["{0} of {1} characters"];
            counter.InnerHtml.Append(localizer["At most {0} characters.", max]);
            output.Content.AppendHtml(counter);
        }
    }

    private FieldRules Rules()
    {
        var container = For.Metadata.ContainerType;
        if (container is null || services.GetService(typeof(IValidator<>).MakeGenericType(container)) is not IValidator validator)
        {
            return new FieldRules(null, false, false);
        }

        return FormValidation.RulesFor(validator, For.Metadata.PropertyName!);
    }

    private TagBuilder LabelRow(string id, FieldRules rules)
    {
        var wrapper = new TagBuilder("div");
        wrapper.AddCssClass("ecl-form-label-wrapper");
        var label = new TagBuilder("label");
        label.AddCssClass("ecl-form-label");
        label.Attributes["for"] = id;
        label.Attributes["id"] = $"{id}-label";
        label.InnerHtml.Append(Label);
        wrapper.InnerHtml.AppendHtml(label);
        wrapper.InnerHtml.AppendHtml(Marker(rules));
        return wrapper;
    }

    private TagBuilder Legend(string id, FieldRules rules)
    {
        var legend = new TagBuilder("legend");
        legend.AddCssClass("ecl-form-label-wrapper");
        legend.Attributes["id"] = $"{id}-label";
        var text = new TagBuilder("span");
        text.AddCssClass("ecl-form-label");
        text.InnerHtml.Append(Label);
        legend.InnerHtml.AppendHtml(text);
        legend.InnerHtml.AppendHtml(Marker(rules));
        return legend;
    }

    private TagBuilder Marker(FieldRules rules)
    {
        var marker = new TagBuilder("span");
        if (rules.Required || rules.RequiredToSubmit)
        {
            marker.AddCssClass("ecl-form-label__required");
            var meaning = rules.Required ? localizer["required"] : localizer["required to submit"];
            marker.InnerHtml.Append(" (" + meaning + ")");
        }
        else
        {
            marker.AddCssClass("ecl-form-label__optional");
            marker.InnerHtml.Append(" (" + localizer["optional"] + ")");
        }

        return marker;
    }

    private void AppendHelp(TagHelperOutput output, string id)
    {
        if (Help is null)
        {
            return;
        }

        var help = new TagBuilder("div");
        help.AddCssClass("ecl-help-block");
        help.Attributes["id"] = $"{id}-helper";
        help.InnerHtml.Append(Help);
        output.Content.AppendHtml(help);
    }

    /// <summary>
    /// The server's messages in ECL's error markup. With <paramref name="clientSideFor"/>, the element is there
    /// even without an error, for wwwroot/js/validation.js to show a rule's message (the same text) before the round trip.
    /// </summary>
    private static void AppendErrors(TagHelperOutput output, string id, List<string> errors, string? clientSideFor = null)
    {
        if (errors.Count == 0 && clientSideFor is null)
        {
            return;
        }

        var feedback = new TagBuilder("div");
        feedback.AddCssClass(errors.Count > 0 ? "ecl-feedback-message" : "icp-feedback-valid");
        feedback.Attributes["id"] = $"{id}-invalid";
        if (clientSideFor is not null)
        {
            feedback.Attributes["data-valmsg-for"] = clientSideFor;
            feedback.Attributes["data-valmsg-replace"] = "true";
        }

        feedback.InnerHtml.Append(string.Join(' ', errors));
        output.Content.AppendHtml(feedback);
    }

    private TagBuilder Control(string id, string name, string describedBy, FieldRules rules, bool invalid)
    {
        var attributes = new Dictionary<string, object?> { ["id"] = id };
        if (describedBy.Length > 0)
        {
            attributes["aria-describedby"] = describedBy;
        }

        if (invalid)
        {
            attributes["aria-invalid"] = "true";
        }

        if (rules.Required)
        {
            attributes["aria-required"] = "true";
        }

        if (rules.MaxLength is { } max)
        {
            attributes["maxlength"] = max.ToString(CultureInfo.InvariantCulture);
        }

        if (Autocomplete is not null)
        {
            attributes["autocomplete"] = Autocomplete;
        }

        if (Readonly)
        {
            attributes["readonly"] = "readonly";
        }

        TagBuilder control;
        switch (Type)
        {
            case "textarea":
                attributes["class"] = $"ecl-text-area ecl-text-area--l{(invalid ? " ecl-text-area--invalid" : "")}";
                control = generator.GenerateTextArea(ViewContext, For.ModelExplorer, name, Rows, 0, attributes);
                break;
            case "select":
                attributes["class"] = "ecl-select";
                var container = new TagBuilder("div");
                container.AddCssClass($"ecl-select__container ecl-select__container--l{(invalid ? " ecl-select__container--invalid" : "")}");
                var select = generator.GenerateSelect(ViewContext, For.ModelExplorer, Placeholder, name, Items ?? [], allowMultiple: false, attributes);
                container.InnerHtml.AppendHtml(select);
                var icon = new TagBuilder("div");
                icon.AddCssClass("ecl-select__icon");
                icon.Attributes["aria-hidden"] = "true";
                icon.InnerHtml.AppendHtml("<svg class=\"ecl-icon ecl-icon--xs ecl-icon--rotate-180\" focusable=\"false\" aria-hidden=\"true\"><use href=\"/lib/ecl/images/icons/icons.svg#corner-arrow\"></use></svg>");
                container.InnerHtml.AppendHtml(icon);
                return container;
            case "password":
                attributes["class"] = $"ecl-text-input ecl-text-input--l{(invalid ? " ecl-text-input--invalid" : "")}";
                control = generator.GeneratePassword(ViewContext, For.ModelExplorer, name, null, attributes);
                break;
            default:
                attributes["class"] = $"ecl-text-input ecl-text-input--{(Type == "number" ? "s" : "l")}{(invalid ? " ecl-text-input--invalid" : "")}";
                attributes["type"] = Type;
                if (Type == "number")
                {
                    attributes["inputmode"] = "numeric";
                }

                control = generator.GenerateTextBox(ViewContext, For.ModelExplorer, name, For.Model, Type == "date" ? "{0:yyyy-MM-dd}" : null, attributes);
                break;
        }

        // No inline style (CSP): strip what the generator might add; data-val-* hints stay for scripts.
        control.Attributes.Remove("style");
        return control;
    }

    private TagBuilder Checkbox(string id, string name, string describedBy, FieldRules rules, bool invalid)
    {
        var wrapper = new TagBuilder("div");
        wrapper.AddCssClass($"ecl-checkbox ecl-checkbox--single{(invalid ? " ecl-checkbox--invalid" : "")}");
        var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        input.Attributes["type"] = "checkbox";
        input.Attributes["id"] = id;
        input.Attributes["name"] = name;
        input.Attributes["value"] = "true";
        input.AddCssClass("ecl-checkbox__input");
        if (For.Model is true)
        {
            input.Attributes["checked"] = "checked";
        }

        if (describedBy.Length > 0)
        {
            input.Attributes["aria-describedby"] = describedBy;
        }

        if (invalid)
        {
            input.Attributes["aria-invalid"] = "true";
        }

        var label = new TagBuilder("label");
        label.AddCssClass("ecl-checkbox__label");
        label.Attributes["for"] = id;
        label.InnerHtml.AppendHtml("<span class=\"ecl-checkbox__box\" aria-hidden=\"true\"><svg class=\"ecl-icon ecl-icon--xs ecl-checkbox__icon\" focusable=\"false\" aria-hidden=\"true\"><use href=\"/lib/ecl/images/icons/icons.svg#check\"></use></svg></span>");
        var text = new TagBuilder("span");
        text.AddCssClass("ecl-checkbox__text");
        text.InnerHtml.Append(Label);
        if (rules.Required || rules.RequiredToSubmit)
        {
            text.InnerHtml.Append(" (" + (rules.Required ? localizer["required"] : localizer["required to submit"]) + ")");
        }

        label.InnerHtml.AppendHtml(text);
        wrapper.InnerHtml.AppendHtml(input);
        wrapper.InnerHtml.AppendHtml(label);
        if (Help is not null)
        {
            var help = new TagBuilder("div");
            help.AddCssClass("ecl-help-block");
            help.Attributes["id"] = $"{id}-helper";
            help.InnerHtml.Append(Help);
            wrapper.InnerHtml.AppendHtml(help);
        }

        // An unticked box sends nothing; this hidden value makes that an explicit "false".
        var hidden = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        hidden.Attributes["type"] = "hidden";
        hidden.Attributes["name"] = name;
        hidden.Attributes["value"] = "false";
        wrapper.InnerHtml.AppendHtml(hidden);
        return wrapper;
    }

    private TagBuilder Radios(string id, string name, bool invalid)
    {
        var list = new TagBuilder("div");
        var current = Convert.ToString(For.Model, CultureInfo.InvariantCulture);
        var index = 0;
        foreach (var item in Items ?? [])
        {
            var optionId = $"{id}-{index++}";
            var radio = new TagBuilder("div");
            radio.AddCssClass($"ecl-radio{(invalid ? " ecl-radio--invalid" : "")}");
            var input = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
            input.Attributes["type"] = "radio";
            input.Attributes["id"] = optionId;
            input.Attributes["name"] = name;
            input.Attributes["value"] = item.Value;
            input.AddCssClass("ecl-radio__input");
            if (string.Equals(item.Value, current, StringComparison.OrdinalIgnoreCase))
            {
                input.Attributes["checked"] = "checked";
            }

            var label = new TagBuilder("label");
            label.AddCssClass("ecl-radio__label");
            label.Attributes["for"] = optionId;
            label.InnerHtml.AppendHtml("<span class=\"ecl-radio__box\"><span class=\"ecl-radio__box-inner\"></span></span>");
            var text = new TagBuilder("span");
            text.AddCssClass("ecl-radio__text");
            text.InnerHtml.Append(item.Text);
            label.InnerHtml.AppendHtml(text);
            radio.InnerHtml.AppendHtml(input);
            radio.InnerHtml.AppendHtml(label);
            list.InnerHtml.AppendHtml(radio);
        }

        return list;
    }
}
