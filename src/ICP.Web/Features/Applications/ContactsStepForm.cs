namespace ICP.Web.Features.Applications;

public sealed class ContactsStepForm : StepForm
{
    public string PoliticalLeadName { get; set; } = string.Empty;

    public string PoliticalLeadRole { get; set; } = string.Empty;

    public string PoliticalLeadEmail { get; set; } = string.Empty;

    public string PoliticalLeadPhone { get; set; } = string.Empty;

    public string CoordinatorName { get; set; } = string.Empty;

    public string CoordinatorRole { get; set; } = string.Empty;

    public string CoordinatorEmail { get; set; } = string.Empty;

    public string CoordinatorPhone { get; set; } = string.Empty;
}
