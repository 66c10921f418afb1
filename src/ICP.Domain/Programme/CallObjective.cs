namespace ICP.Domain.Programme;

/// <summary>One of the programme's stated objectives, in the order the call lists them.</summary>
public sealed class CallObjective
{
    private CallObjective()
    {
        Text = string.Empty;
    }

    internal CallObjective(int order, string text)
    {
        Order = order;
        Text = text.Trim();
    }

    public int Id { get; private set; }

    public int CallId { get; private set; }

    public int Order { get; private set; }

    public string Text { get; private set; }
}
