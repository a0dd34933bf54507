namespace AdobeTarget.Internal;

/// <summary>The live entries of a visitor's <c>mbox</c> cookie.</summary>
internal sealed class MboxCookie
{
    public const string SessionEntry = "session";
    public const string VisitorEntry = "PC";

    public static readonly MboxCookie Empty = new([]);

    public MboxCookie(IReadOnlyList<MboxCookieEntry> entries) => Entries = entries;

    /// <summary>Gets the entries that were well formed and not expired.</summary>
    public IReadOnlyList<MboxCookieEntry> Entries { get; }

    /// <summary>Gets the session id of the <c>session</c> entry, if it is a valid session id.</summary>
    public string? SessionId => TargetSessionId.Validate(Find(SessionEntry));

    /// <summary>Gets the tntId of the <c>PC</c> entry.</summary>
    public string? TntId => Find(VisitorEntry);

    private string? Find(string name)
    {
        foreach (var entry in Entries)
        {
            if (entry.Name == name)
            {
                return entry.Value;
            }
        }

        return null;
    }
}
