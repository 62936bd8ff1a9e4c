//! A TCP proxy in front of PostgreSQL that a test can cut and restore, to see how the server
//! behaves while its database is unreachable.

use std::sync::Arc;

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::watch;
use tokio::task::JoinSet;

pub struct PgProxy {
    pub port: u16,
    up: Arc<watch::Sender<bool>>,
}

impl PgProxy {
    pub async fn start(upstream: String) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the proxy");
        let port = listener.local_addr().expect("proxy address").port();
        let (up, _) = watch::channel(true);
        let up = Arc::new(up);
        let state = up.clone();
        tokio::spawn(async move {
            let mut connections = JoinSet::new();
            let mut changes = state.subscribe();
            loop {
                tokio::select! {
                    accepted = listener.accept() => {
                        let Ok((mut client, _)) = accepted else { continue };
                        if !*state.borrow() {
                            continue; // dropped: connection refused in effect
                        }
                        let upstream = upstream.clone();
                        connections.spawn(async move {
                            if let Ok(mut server) = TcpStream::connect(&upstream).await {
                                let _ = tokio::io::copy_bidirectional(&mut client, &mut server).await;
                            }
                        });
                    }
                    Ok(()) = changes.changed() => {
                        if !*changes.borrow() {
                            connections.abort_all(); // the outage cuts open connections too
                        }
                    }
                }
            }
        });
        PgProxy { port, up }
    }

    pub fn cut(&self) {
        self.up.send_replace(false);
    }

    pub fn restore(&self) {
        self.up.send_replace(true);
    }
}
