namespace ICP.Web.Features.Evaluation;

/// <summary>The evaluation panel's consensus comment on an application.</summary>
public sealed class ConsensusForm
{
    public string Comment { get; set; } = string.Empty;
}
