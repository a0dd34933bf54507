namespace AdobeTarget.Internal;

/// <summary>Which kind of edge host a call goes to (a low-cardinality tag for logs, health and traces).</summary>
internal enum EdgeHostKind
{
    /// <summary>Adobe's global host for the client code, <c>{client}.tt.omtrdc.net</c>.</summary>
    Default,

    /// <summary>A regional host chosen by the visitor's location hint, <c>mboxedge{hint}.tt.omtrdc.net</c>.</summary>
    Hint,

    /// <summary>The host configured in <c>AdobeTarget:ServerDomain</c>.</summary>
    Custom,
}
