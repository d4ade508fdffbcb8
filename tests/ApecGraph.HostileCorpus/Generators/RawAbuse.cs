using System.Text;

namespace ApecGraph.HostileCorpus.Generators;

/// <summary>Requests only a raw socket can send, over loopback only: slow clients (byte by byte), raw invalid
/// bytes in the target, lying Content-Length.</summary>
internal static class RawAbuse
{
    private static readonly KeyValuePair<string, string>[] Json = [new("Content-Type", "application/json"), new("Accept", "application/json")];

    public static IEnumerable<HostileRequest> Slow(Random r)
    {
        for (var i = 0; i < 24; i++)
        {
            var body = Encoding.UTF8.GetBytes(Req.Body("{ search(text: \"" + r.Word(5, 40) + "\") { score } }"));
            var raw = Req.Raw("POST", Encoding.ASCII.GetBytes(Req.Path), Json, body);
            yield return new HostileRequest(Categories.SlowClients, "POST", Req.Path, Json, body) { RawRequest = raw, ByteDelayMs = r.Next(2, 12) };
        }
    }

    public static IEnumerable<HostileRequest> Raw(Random r)
    {
        var body = Encoding.UTF8.GetBytes("{\"query\":\"{ __typename }\"}");
        for (var i = 0; i < 60; i++)
        {
            var (method, target, raw) = r.Next(4) switch
            {
                0 => Target(r, [.. Encoding.ASCII.GetBytes(Req.Path + "?query=%7Bsearch(text:%22"), .. r.Pick(EncodingAbuse.Invalid), .. Encoding.ASCII.GetBytes("%22)%7Bscore%7D%7D")]),
                1 => ("POST", Req.Path, Req.Raw("POST", Encoding.ASCII.GetBytes(Req.Path), [.. Json, new("Content-Length", "100")], body, contentLength: false)), // says more than it sends
                2 => ("POST", Req.Path, Req.Raw("POST", Encoding.ASCII.GetBytes(Req.Path), [.. Json, new("Content-Length", "5")], body, contentLength: false)),  // says less
                _ => ("POST", Req.Path, Req.Raw("POST", Encoding.ASCII.GetBytes(Req.Path), [.. Json, new("Transfer-Encoding", "chunked")],
                    [.. Encoding.ASCII.GetBytes(r.Pick(["zz\r\n", "FFFFFFFFFFFF\r\n", "1a\r\n"])), .. body, .. Encoding.ASCII.GetBytes("\r\n0\r\n\r\n")], contentLength: false)),
            };
            yield return new HostileRequest(Categories.RawRequests, method, target, Json, []) { RawRequest = raw };
        }
    }

    private static (string, string, byte[]) Target(Random r, byte[] target) =>
        ("GET", Encoding.Latin1.GetString(target), Req.Raw("GET", target, [new("Accept", "application/json")], []));
}
