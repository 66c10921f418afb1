using System.Text.Json;
using ICP.Domain.Applications;

namespace ICP.Web.Features.Applications;

/// <summary>Step answers to and from their stored JSON.</summary>
public static class StepData
{
    public static string Serialize(StepForm form) => JsonSerializer.Serialize(form, form.GetType(), SubmissionContent.Json);

    public static StepForm Deserialize(StepInfo step, string? json) =>
        (StepForm)(string.IsNullOrWhiteSpace(json)
            ? Activator.CreateInstance(step.FormType)!
            : JsonSerializer.Deserialize(json, step.FormType, SubmissionContent.Json) ?? Activator.CreateInstance(step.FormType)!);

    public static T Read<T>(Application application, ApplicationStep step)
        where T : StepForm, new()
    {
        var section = application.Section(step);
        var form = section is null ? new T() : JsonSerializer.Deserialize<T>(section.DataJson, SubmissionContent.Json) ?? new T();
        form.Version = section?.Version ?? Guid.Empty;
        return form;
    }
}
