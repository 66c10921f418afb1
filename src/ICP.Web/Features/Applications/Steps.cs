using ICP.Domain.Applications;

namespace ICP.Web.Features.Applications;

/// <summary>What the portal knows about each step: its form type and its title.</summary>
public static class Steps
{
    public static IReadOnlyList<StepInfo> All { get; } =
    [
        new(ApplicationStep.LocalAuthority, "local-authority", typeof(LocalAuthorityStepForm), "Local authority"),
        new(ApplicationStep.Contacts, "contacts", typeof(ContactsStepForm), "Contacts"),
        new(ApplicationStep.Themes, "themes", typeof(ThemesStepForm), "Themes"),
        new(ApplicationStep.Case, "case", typeof(CaseStepForm), "The city's case"),
        new(ApplicationStep.Capacity, "capacity", typeof(CapacityStepForm), "Capacity and commitment"),
    ];

    public static StepInfo? FromSlug(string slug) => All.FirstOrDefault(s => s.Slug == slug);

    public static StepInfo Of(ApplicationStep step) => All.First(s => s.Step == step);
}
