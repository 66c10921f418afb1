namespace ICP.Web.Features.Applications;

public sealed class CaseStepForm : StepForm
{
    public string MainChallenge { get; set; } = string.Empty;

    public string GoodPractices { get; set; } = string.Empty;

    public string InternationalExperience { get; set; } = string.Empty;

    public string Stakeholders { get; set; } = string.Empty;

    public string ExpectedResults { get; set; } = string.Empty;
}
