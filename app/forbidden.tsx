import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="card empty">
      <h1>403: Not allowed</h1>
      <p>Your role does not give you access to this page. If you need it, ask an admin.</p>
      <Link href="/articles">Back to articles</Link>
    </div>
  );
}
